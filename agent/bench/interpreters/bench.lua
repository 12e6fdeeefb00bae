-- Single-threaded cost of the GIL agent on LuaJ: a long loop (OSR-compiled) and many short calls,
-- ROUNDS times; prints one line per round (CPU seconds).
local N, M, ROUNDS = 5000000, 2000000, tonumber(arg and arg[1]) or 8
local function loop(n) local s = 0 for i = 1, n do s = s + i % 7 end return s end
local function f(x) return x + 1 end
local function calls(n) local s = 0 for i = 1, n do s = f(s) end return s end
for r = 1, ROUNDS do
  local t0 = os.clock(); loop(N); local t1 = os.clock(); calls(M); local t2 = os.clock()
  print("round loop=" .. (t1 - t0) .. " calls=" .. (t2 - t1))
end
