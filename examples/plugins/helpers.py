# Not a plugin: it defines functions but ends with no plugin object, so the host skips it.
def shout(text):
    return text.upper() + "!"
