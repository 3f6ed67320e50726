"""A small operating-system scheduler simulation in the spirit of Martin Richards' benchmark:
task objects, a run queue, packets passed between tasks, and polymorphic method calls."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_WORK, KIND_DEVICE = 0, 1


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        """Put this packet at the end of the queue headed by `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = state == "waiting_with_packet" or state == "waiting"
        self.held = False
        self.packet_pending = queue is not None
        self.link = sched.tasks_head
        sched.tasks_head = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (self.packet_pending or not self.waiting)

    def take_packet(self):
        pkt = self.queue
        if pkt is None:
            return None
        self.queue = pkt.link
        self.packet_pending = self.queue is not None
        if not self.packet_pending:
            self.waiting = False
        return pkt

    def receive(self, pkt, current):
        """Deliver a packet; return the task that should run next."""
        if self.queue is None:
            self.queue = pkt
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, "running")
        self.control = 1
        self.count = 10000

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, "waiting_with_packet")
        self.dest = HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.dest = self.dest
        pkt.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, "waiting_with_packet")
        self.work = None
        self.devices = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        if self.work is not None:
            work = self.work
            i = work.datum
            if i < 4:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.datum = work.data[i]
                    work.datum = i + 1
                    return self.sched.send(dev)
            else:
                self.work = work.link
                return self.sched.send(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, "waiting")
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait()
            out = self.pending
            self.pending = None
            return self.sched.send(out)
        self.pending = pkt
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.table = [None] * 6
        self.tasks_head = None
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, pkt):
        target = self.table[pkt.dest]
        self.queue_count += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return target.receive(pkt, self.current)

    def schedule(self):
        t = self.tasks_head
        while t is not None:
            if t.runnable():
                self.current = t
                pkt = t.take_packet() if t.waiting else None
                t = t.step(pkt)
            else:
                t = t.link


def run():
    total = 0
    for _ in range(8):
        s = Scheduler()
        IdleTask(s, IDLE, 0)
        wq = Packet(None, 0, KIND_WORK)
        wq = Packet(wq, 0, KIND_WORK)
        WorkerTask(s, WORKER, 1000, wq)
        for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
            q = Packet(None, device, KIND_DEVICE)
            q = Packet(q, device, KIND_DEVICE)
            q = Packet(q, device, KIND_DEVICE)
            HandlerTask(s, handler, 2000 + handler, q)
        DeviceTask(s, DEVICE_A, 4000)
        DeviceTask(s, DEVICE_B, 5000)
        s.schedule()
        total += s.queue_count * 7 + s.hold_count
    return total


if __name__ == "__main__":
    print(run())
