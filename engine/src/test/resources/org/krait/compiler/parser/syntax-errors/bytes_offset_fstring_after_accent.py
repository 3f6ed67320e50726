s = "héllo"; t = f"ü{}"
