import Testing
@testable import TaskFlow

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock behind the runtime's shared state: every change made under it is seen by the next
/// holder, contended or not.
@Suite struct LockedValueTests {
    @Test func threadsIncrementingUnderTheLockLoseNoIncrement() async {
        let counter = LockedValue(0)
        let threads = 8, increments = 20_000
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<threads {
                group.addTask {
                    for step in 0..<increments {
                        counter.withLock { value in
                            let read = value
                            // Holding the lock a while now and then makes the others wait for it.
                            if step % 1_000 == 0 { sched_yield() }
                            value = read + 1
                        }
                    }
                }
            }
        }
        #expect(counter.withLock { $0 } == threads * increments)
    }

    @Test func aBodyThatThrowsReleasesTheLock() {
        struct Refused: Error {}
        let value = LockedValue([1])
        #expect(throws: Refused.self) {
            try value.withLock { (list: inout [Int]) throws(Refused) in
                list.append(2)
                throw Refused()
            }
        }
        #expect(value.withLock { $0 } == [1, 2])
    }
}
