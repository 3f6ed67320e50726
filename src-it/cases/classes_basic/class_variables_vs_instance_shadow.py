class Config:
    debug = False
    def enable(self):
        self.debug = True
a = Config()
b = Config()
a.enable()
print(a.debug, b.debug, Config.debug)
del a.debug
print(a.debug)
