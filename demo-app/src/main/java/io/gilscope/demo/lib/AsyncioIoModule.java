package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.ReleasesGil;
import io.gilscope.demo.vm.Types;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * _asyncio_io, the Java half of asyncio (lib/py/asyncio.py): a selector the event loop waits in, and
 * non-blocking TCP connections and listeners. The wait is the one blocking call, a {@link ReleasesGil} leaf, so a
 * loop waiting for I/O or a timer lets other threads run, as CPython's select() does.
 */
public final class AsyncioIoModule {
    private AsyncioIoModule() { }

    private static final PyClass SELECTOR = new PyClass("Selector", Types.OBJECT);
    private static final PyClass CONNECTION = new PyClass("Connection", Types.OBJECT);
    private static final PyClass LISTENER = new PyClass("Listener", Types.OBJECT);

    static {
        SELECTOR.module = "_asyncio_io";
        CONNECTION.module = "_asyncio_io";
        LISTENER.module = "_asyncio_io";
        defineSelector();
        defineConnection();
        defineListener();
    }

    public static PyModule create() {
        PyModule m = new PyModule("_asyncio_io");
        m.put("Selector", SELECTOR);
        m.def("connect", AsyncioIoModule::connect);
        m.def("listen", AsyncioIoModule::listen);
        return m;
    }

    /** A selector, the callbacks waiting on its channels, and those other threads posted to the loop. */
    private static final class Loop {
        final Selector selector;
        final ConcurrentLinkedQueue<Object> posted = new ConcurrentLinkedQueue<>();

        Loop(Selector selector) { this.selector = selector; }
    }

    /** The callbacks one channel's readiness runs: each once, then forgotten. */
    private static final class Interest {
        Object onReadable;
        Object onWritable;

        /** A listener is readable when a connection waits to be accepted; a connection while its connect is pending is writable when done. */
        int ops(SelectableChannel ch) {
            int r = ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
            int w = ch instanceof SocketChannel sc && sc.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
            return (onReadable != null ? r : 0) | (onWritable != null ? w : 0);
        }
    }

    private static void defineSelector() {
        SELECTOR.constructor = (a, k) -> {
            PyInstance s = new PyInstance(SELECTOR);
            try {
                s.nativeState = new Loop(Selector.open());
            } catch (IOException e) {
                throw osError(Errors.OS_ERROR, e);
            }
            return s;
        };
        SELECTOR.def("wait_readable", (a, k) -> {
            Args.count("wait_readable", a, 3, 3);
            interest(loop(a), selectable(a[1])).onReadable = a[2];
            return update(loop(a), selectable(a[1]));
        });
        SELECTOR.def("wait_writable", (a, k) -> {
            Args.count("wait_writable", a, 3, 3);
            interest(loop(a), selectable(a[1])).onWritable = a[2];
            return update(loop(a), selectable(a[1]));
        });
        SELECTOR.def("post", (a, k) -> {
            Args.count("post", a, 2, 2);
            Loop l = loop(a);
            l.posted.add(a[1]);
            l.selector.wakeup();
            return PyNone.NONE;
        });
        SELECTOR.def("select", (a, k) -> {
            Args.count("select", a, 2, 2);
            Loop l = loop(a);
            long millis = a[1] == PyNone.NONE ? -1 : (long) Math.ceil(Math.max(0, Ops.toDouble(a[1])) * 1000);
            if (!l.posted.isEmpty()) millis = 0;
            await(l.selector, millis);
            return ready(l);
        });
        // close_channel(ch): closes a channel and lets the selector deregister it now, so a closed listener's
        // port is free at once (NIO keeps a registered channel's socket until the next selection)
        SELECTOR.def("close_channel", (a, k) -> {
            Args.count("close_channel", a, 2, 2);
            try {
                selectable(a[1]).close();
                loop(a).selector.selectNow();   // ready keys stay in the selected set for the loop's next select
            } catch (IOException e) {
                throw osError(Errors.OS_ERROR, e);
            }
            return PyNone.NONE;
        });
        SELECTOR.def("close", (a, k) -> {
            try {
                loop(a).selector.close();
            } catch (IOException e) {
                throw osError(Errors.OS_ERROR, e);
            }
            return PyNone.NONE;
        });
    }

    /** The loop's wait: until a channel is ready, a callback is posted, or millis pass (-1: no limit). */
    @ReleasesGil
    public static void await(Selector selector, long millis) {
        try {
            if (millis == 0) selector.selectNow();
            else if (millis < 0) selector.select();
            else selector.select(millis);
        } catch (IOException | ClosedSelectorException e) {
            // nothing is ready; the loop's next channel call reports a broken channel itself
        }
    }

    /** The callbacks now due: of the channels ready, then of other threads, in the order posted. */
    private static PyList ready(Loop l) {
        PyList due = new PyList();
        if (l.selector.isOpen()) {
            for (SelectionKey key : l.selector.selectedKeys()) {
                if (!key.isValid()) continue;
                Interest in = (Interest) key.attachment();
                int r = key.readyOps();
                if ((r & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0 && in.onReadable != null) {
                    due.append(in.onReadable);
                    in.onReadable = null;
                }
                if ((r & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0 && in.onWritable != null) {
                    due.append(in.onWritable);
                    in.onWritable = null;
                }
                key.interestOps(in.ops(key.channel()));
            }
            l.selector.selectedKeys().clear();
        }
        for (Object cb; (cb = l.posted.poll()) != null; ) due.append(cb);
        return due;
    }

    private static Interest interest(Loop l, SelectableChannel ch) {
        SelectionKey key = ch.keyFor(l.selector);
        try {
            if (key == null) key = ch.register(l.selector, 0, new Interest());
        } catch (IOException e) {
            throw osError(Errors.OS_ERROR, e);
        }
        return (Interest) key.attachment();
    }

    private static Object update(Loop l, SelectableChannel ch) {
        SelectionKey key = ch.keyFor(l.selector);
        if (key.isValid()) key.interestOps(((Interest) key.attachment()).ops(ch));
        return PyNone.NONE;
    }

    // ---- connections --------------------------------------------------------------------------

    /** connect(host, port): a connection whose connect has begun; finish_connect() says when it is done. */
    private static Object connect(Object[] a, String[] k) {
        Object[] p = Args.parse("connect", a, k, 2, "host", "port");
        String host = p[0] == PyNone.NONE ? "localhost" : Ops.str(p[0]);
        int port = (int) Ops.toLong(p[1]);
        try {
            SocketChannel ch = SocketChannel.open();
            ch.configureBlocking(false);
            ch.connect(new InetSocketAddress(host, port));
            PyInstance c = new PyInstance(CONNECTION);
            c.nativeState = ch;
            return c;
        } catch (UnresolvedAddressException e) {
            throw new PyException(Errors.instance(Errors.OS_ERROR, -2L, "Name or service not known"));
        } catch (IOException e) {
            throw osError(Errors.OS_ERROR, e);
        }
    }

    /** listen(host, port): a listener bound to the address (port 0: any free one), accepting without blocking. */
    private static Object listen(Object[] a, String[] k) {
        Object[] p = Args.parse("listen", a, k, 2, "host", "port", "backlog");
        String host = p[0] == PyNone.NONE ? "0.0.0.0" : Ops.str(p[0]);
        try {
            ServerSocketChannel ch = ServerSocketChannel.open();
            ch.configureBlocking(false);
            ch.bind(new InetSocketAddress(host, (int) Ops.toLong(p[1])), p[2] == null ? 100 : Ops.toInt(p[2]));
            PyInstance l = new PyInstance(LISTENER);
            l.nativeState = ch;
            return l;
        } catch (UnresolvedAddressException e) {
            throw new PyException(Errors.instance(Errors.OS_ERROR, -2L, "Name or service not known"));
        } catch (IOException e) {
            throw osError(Errors.OS_ERROR, e);
        }
    }

    private static void defineListener() {
        LISTENER.def("accept", (a, k) -> {
            try {
                SocketChannel c = ((ServerSocketChannel) selectable(a[0])).accept();
                if (c == null) return PyNone.NONE;
                c.configureBlocking(false);
                PyInstance conn = new PyInstance(CONNECTION);
                conn.nativeState = c;
                return conn;
            } catch (IOException e) {
                throw osError(Errors.OS_ERROR, e);
            }
        });
        LISTENER.def("sockname", (a, k) -> {
            try {
                return address(((ServerSocketChannel) selectable(a[0])).getLocalAddress());
            } catch (IOException e) {
                throw osError(Errors.OS_ERROR, e);
            }
        });
    }

    private static void defineConnection() {
        CONNECTION.def("finish_connect", (a, k) -> {
            SocketChannel ch = channel(a[0]);
            try {
                return ch.finishConnect();
            } catch (ConnectException e) {
                throw new PyException(Errors.instance(Errors.CONNECTION_REFUSED_ERROR, 111L,
                        "Connect call failed " + Ops.repr(address(ch, true))));
            } catch (IOException e) {
                throw osError(Errors.OS_ERROR, e);
            }
        });
        CONNECTION.def("recv", (a, k) -> {
            Args.count("recv", a, 2, 2);
            ByteBuffer buf = ByteBuffer.allocate((int) Math.max(1, Ops.toLong(a[1])));
            try {
                int n = channel(a[0]).read(buf);
                if (n < 0) return new PyBytes(new byte[0]);
                if (n == 0) return PyNone.NONE;
                return new PyBytes(Arrays.copyOf(buf.array(), n));
            } catch (IOException e) {
                throw osError(Errors.CONNECTION_RESET_ERROR, e);
            }
        });
        CONNECTION.def("send", (a, k) -> {
            Args.count("send", a, 2, 2);
            try {
                return (long) channel(a[0]).write(ByteBuffer.wrap(((PyBytes) a[1]).data()));
            } catch (IOException e) {
                throw osError(Errors.BROKEN_PIPE_ERROR, e);
            }
        });
        CONNECTION.def("shutdown_output", (a, k) -> {
            try {
                channel(a[0]).shutdownOutput();
            } catch (IOException e) {
                throw osError(Errors.OS_ERROR, e);
            }
            return PyNone.NONE;
        });
        CONNECTION.def("close", (a, k) -> {
            try {
                channel(a[0]).close();
            } catch (IOException e) {
                throw osError(Errors.OS_ERROR, e);
            }
            return PyNone.NONE;
        });
        CONNECTION.def("is_closed", (a, k) -> !channel(a[0]).isOpen());
        CONNECTION.def("peername", (a, k) -> address(channel(a[0]), true));
        CONNECTION.def("sockname", (a, k) -> address(channel(a[0]), false));
    }

    private static Object address(SocketChannel ch, boolean remote) {
        try {
            return address(remote ? ch.getRemoteAddress() : ch.getLocalAddress());
        } catch (IOException e) {
            return PyNone.NONE;
        }
    }

    /** (host, port), as Python's sockets give an address; None if not an IP one. */
    private static Object address(SocketAddress a) {
        if (!(a instanceof InetSocketAddress s)) return PyNone.NONE;
        return new PyTuple(new Object[] {s.getAddress().getHostAddress(), (long) s.getPort()});
    }

    private static Loop loop(Object[] a) { return (Loop) ((PyInstance) a[0]).nativeState; }

    private static SelectableChannel selectable(Object c) {
        if (!(c instanceof PyInstance i) || !(i.nativeState instanceof SelectableChannel ch)) throw Errors.typeError("expected a connection or listener");
        return ch;
    }

    private static SocketChannel channel(Object c) {
        if (!(c instanceof PyInstance i) || !(i.nativeState instanceof SocketChannel ch)) throw Errors.typeError("expected a connection");
        return ch;
    }

    private static PyException osError(PyClass cls, IOException e) {
        return new PyException(Errors.instance(cls, String.valueOf(e.getMessage())));
    }
}
