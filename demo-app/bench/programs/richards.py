# Richards: an operating-system scheduler simulation, with idle, worker, handler and device tasks passing packets.
from _runner import main

# Task identities (also their slots in the task table) and packet kinds.
ID_IDLE = 1
ID_WORKER = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEVICE_A = 5
ID_DEVICE_B = 6
TASK_COUNT = 6

KIND_DEVICE = 1000
KIND_WORK = 1001

BUFFER_SIZE = 4
BUFFER_RANGE = range(BUFFER_SIZE)

TRACE = False


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Put this packet at the end of the queue that starts at `queue`; return the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        following = last.link
        while following is not None:
            last = following
            following = last.link
        last.link = self
        return queue


# Private state of each kind of task.
class DeviceRecord:
    def __init__(self):
        self.pending = None


class IdleRecord:
    def __init__(self, count):
        self.control = 1
        self.count = count


class HandlerRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def enqueue_work(self, packet):
        self.work_in = packet.append_to(self.work_in)

    def enqueue_device(self, packet):
        self.device_in = packet.append_to(self.device_in)


class WorkerRecord:
    def __init__(self):
        self.destination = ID_HANDLER_A
        self.count = 0


class Kernel:
    """The scheduler's global state: the task table, the run list and the statistics."""

    def __init__(self):
        self.table = [None] * (TASK_COUNT + 1)
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0
        self.trace_output = []

    def find(self, ident):
        task = self.table[ident]
        if task is None:
            raise LookupError("no task %d" % ident)
        return task

    def trace(self, char):
        self.trace_output.append(char)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.held_or_waiting():
                task = task.link
            else:
                if TRACE:
                    self.trace(str(task.ident))
                task = task.run()


class Task:
    def __init__(self, kernel, ident, priority, queue, record):
        self.kernel = kernel
        self.link = kernel.task_list
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.record = record
        self.packet_pending = queue is not None
        self.waiting = False
        self.holding = False
        kernel.task_list = self
        kernel.table[ident] = self

    # State tests.
    def held_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    def run(self):
        if self.waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.packet_pending = self.queue is not None
        else:
            packet = None
        return self.step(packet, self.record)

    # Primitives the tasks call; each returns the task to run next.
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.kernel.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        other = self.kernel.find(ident)
        other.holding = False
        if other.priority > self.priority:
            return other
        return self

    def send(self, packet):
        target = self.kernel.find(packet.ident)
        self.kernel.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.receive(packet, self)

    def receive(self, packet, sender):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            packet.append_to(self.queue)
        return sender

    def step(self, packet, record):
        raise NotImplementedError


class DeviceTask(Task):
    def step(self, packet, record):
        if packet is None:
            packet = record.pending
            if packet is None:
                return self.wait()
            record.pending = None
            return self.send(packet)
        record.pending = packet
        if TRACE:
            self.kernel.trace(str(packet.datum))
        return self.hold()


class HandlerTask(Task):
    def step(self, packet, record):
        if packet is not None:
            if packet.kind == KIND_WORK:
                record.enqueue_work(packet)
            else:
                record.enqueue_device(packet)
        work = record.work_in
        if work is None:
            return self.wait()
        index = work.datum
        if index >= BUFFER_SIZE:
            record.work_in = work.link
            return self.send(work)
        device = record.device_in
        if device is None:
            return self.wait()
        record.device_in = device.link
        device.datum = work.data[index]
        work.datum = index + 1
        return self.send(device)


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, queue, record):
        Task.__init__(self, kernel, ident, priority, queue, record)

    def step(self, packet, record):
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control //= 2
            return self.release(ID_DEVICE_A)
        record.control = (record.control // 2) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def step(self, packet, record):
        if packet is None:
            return self.wait()
        if record.destination == ID_HANDLER_A:
            record.destination = ID_HANDLER_B
        else:
            record.destination = ID_HANDLER_A
        packet.ident = record.destination
        packet.datum = 0
        for i in BUFFER_RANGE:
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[i] = ord("A") + record.count - 1
        return self.send(packet)


def run_once(idle_count):
    kernel = Kernel()
    idle = IdleTask(kernel, ID_IDLE, 0, None, IdleRecord(idle_count))

    queue = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    worker = WorkerTask(kernel, ID_WORKER, 1000, queue, WorkerRecord())
    worker.waiting = True

    for handler_id, device_id, priority in ((ID_HANDLER_A, ID_DEVICE_A, 2000),
                                            (ID_HANDLER_B, ID_DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device_id, KIND_DEVICE)
        handler = HandlerTask(kernel, handler_id, priority, queue, HandlerRecord())
        handler.waiting = True

    for device_id, priority in ((ID_DEVICE_A, 4000), (ID_DEVICE_B, 5000)):
        device = DeviceTask(kernel, device_id, priority, None, DeviceRecord())
        device.waiting = True

    kernel.schedule()
    return kernel.queue_count, kernel.hold_count


def bench():
    results = []
    for _ in range(3):
        results.append(run_once(10000))
    counts = set(results)
    if counts != {(23246, 9297)}:
        raise AssertionError("wrong counts: %r" % (counts,))
    return results[-1]


main(bench)
