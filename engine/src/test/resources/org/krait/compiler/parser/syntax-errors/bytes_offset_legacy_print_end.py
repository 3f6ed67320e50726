print "ünïcödé"
