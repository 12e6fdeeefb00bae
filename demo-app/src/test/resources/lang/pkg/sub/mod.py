def hello():
    return "sub hello"
