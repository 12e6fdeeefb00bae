package io.gilscope.agent.gil;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartGateTest {
    @AfterEach
    void open() {
        StartGate.done();
        StartGate.done();
    }

    @Test
    void anAcquisitionWaitsWhileTheRecordingStarts() throws Exception {
        StartGate.close(1);
        CountDownLatch passed = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            StartGate.pass();
            passed.countDown();
        });
        t.start();
        assertFalse(passed.await(200, TimeUnit.MILLISECONDS), "passed a closed gate");
        StartGate.done();
        assertTrue(passed.await(5, TimeUnit.SECONDS), "still waiting after the gate opened");
    }

    @Test
    void theGateOpensWhenEveryPieceOfWorkIsDone() throws Exception {
        StartGate.pass();   // never closed: returns at once
        StartGate.close(2);
        StartGate.done();
        Thread t = new Thread(StartGate::pass);
        t.start();
        t.join(200);
        assertTrue(t.isAlive(), "passed with one of two pieces of work left");
        StartGate.done();
        t.join(5000);
        assertFalse(t.isAlive(), "still waiting after both were done");
        StartGate.pass();
    }

    @Test
    void theProgramsInterruptSurvivesTheWait() throws Exception {
        StartGate.close(1);
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            waiting.countDown();
            StartGate.pass();
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        t.start();
        waiting.await();
        t.interrupt();
        Thread.sleep(100);
        assertTrue(t.isAlive(), "an interrupt let the acquisition past a closed gate");
        StartGate.done();
        t.join(5000);
        assertTrue(interruptedAfter.get(), "the interrupt was swallowed");
    }
}
