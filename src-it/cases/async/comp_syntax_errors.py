sources = {
    "async for in sync def": "def f():\n    return [x async for x in y]\n",
    "await in sync listcomp": "def f():\n    return [await x for x in y]\n",
    "async genexp in sync def": "def f():\n    return (x async for x in y)\n",
    "nested await in async def": "async def f():\n    return [[await x for x in y] for y in z]\n",
    "nested await in sync def": "def f():\n    return {[await x for x in y] for y in z}\n",
    "module level": "[x async for x in y]\n",
    "lambda": "lambda: {k: v async for k, v in y}\n",
    "await outside": "def f():\n    await x\n",
    "async for outside": "def f():\n    async for x in y: pass\n",
    "async with outside": "def f():\n    async with x: pass\n",
    "yield from in async": "async def f():\n    yield from x\n",
    "return value in async gen": "async def f():\n    yield 1\n    return 2\n",
    "await at module": "await x\n",
}
for label, src in sources.items():
    try:
        compile(src, "<src>", "exec")
        print(label, "compiles")
    except SyntaxError as e:
        print(label, "->", e.msg, (e.lineno, e.offset))
