-- Under preset=luaj: a coroutine (a Java thread of its own in LuaJ) yields arg[1] (50) times, two CPU-bound
-- Java threads run Lua code, and the main thread joins them and sleeps through luajava.
local yields = tonumber(arg and arg[1]) or 50
local co = coroutine.create(function() for i = 1, yields do coroutine.yield(i) end return 0 end)
local sum = 0
while true do
  local ok, v = coroutine.resume(co)
  if coroutine.status(co) == "dead" then break end
  sum = sum + v
end
print("coroutines=" .. sum)

local function work(n) local s = 0 for i = 1, n do s = s + i % 7 end return s end
local threads = {}
for k = 1, 2 do
  local r = luajava.createProxy("java.lang.Runnable", { run = function() work(1000000) end })
  threads[k] = luajava.newInstance("java.lang.Thread", r, "worker-" .. k)
end
for k = 1, 2 do threads[k]:start() end
for k = 1, 2 do threads[k]:join() end
luajava.bindClass("java.lang.Thread"):sleep(50)
print("done=1")
