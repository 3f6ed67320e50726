s = "héllo" + (1 2)
