class Config:
    def __init__(self):
        self.name = "cfg"
cfg = Config()
value = cfg.name.upper() + cfg.missing_attribute
