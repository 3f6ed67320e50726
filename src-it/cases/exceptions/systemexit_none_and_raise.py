print("raise SystemExit directly")
raise SystemExit
