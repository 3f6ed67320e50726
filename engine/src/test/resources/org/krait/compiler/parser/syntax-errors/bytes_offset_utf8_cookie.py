# coding: utf-8
s = "héllo" + (1 2)
