# asyncio.start_server: an echo server on a free loopback port, three clients at once, async with closing it
import asyncio

async def handle(reader, writer):
    async for line in reader:
        text = line.decode().strip()
        if text == "bye":
            break
        writer.write((text.upper() + "\n").encode())
        await writer.drain()
    writer.write(b"goodbye\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for w in words + ["bye"]:
        writer.write((w + "\n").encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(host, port > 0, server.is_serving())
    async with server:
        results = await asyncio.gather(client(port, ["a", "b"]), client(port, ["hello"]), client(port, []))
    print(results, server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("refused after close")

asyncio.run(main())
