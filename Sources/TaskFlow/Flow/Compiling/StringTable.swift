/// Distinct strings, numbered densely in the order they were first added.
///
/// Building a flow looks up every task name and every symbol a task lists, so it hashes a lot
/// of short strings. `Dictionary<String, Int>` hashes each with seeded SipHash over its
/// normalized UTF-8; while every string added is ASCII, this table instead hashes the raw bytes
/// with FNV-1a into its own open-addressing table — for ASCII strings, equal bytes is exactly
/// `String` equality. A non-ASCII string may equal a string with other bytes (the Kelvin sign
/// `"\u{212A}"` equals `"K"`), so the first one moves every string into a `Dictionary`, which
/// serves from then on: the answers are always those of `String`'s `==`.
struct StringTable {
    /// Every string added, by number.
    private(set) var strings: [String] = []
    /// The hash of each string, by number, while the slots are in use: compared before the
    /// strings themselves, and reused when the slots grow.
    private var hashes: [UInt64] = []
    /// Open addressing over ASCII strings: each slot holds a string's number, or -1. The count is
    /// a power of two and at most half the slots are used.
    private var slots: [Int32]
    /// Every string by number, once a non-ASCII string has been added; `slots` is then unused.
    private var dictionary: [String: Int]?

    /// An empty table with room for `capacity` strings before it grows.
    init(capacity: Int = 0) {
        var slotCount = 16
        while slotCount < 2 * capacity { slotCount *= 2 }
        slots = Array(repeating: -1, count: slotCount)
        strings.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// Adds `string` unless an equal string is in the table.
    /// - Returns: The number of `string` (or of the equal string already there), and whether
    ///   `string` was added now.
    mutating func insert(_ string: String) -> (number: Int, inserted: Bool) {
        guard dictionary == nil, let hash = Self.asciiHash(string) else { return insertSlowly(string) }
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, mask: mask)
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            if hashes[number] == hash, strings[number] == string { return (number, false) }
            slot = (slot + 1) & mask
        }
        let number = strings.count
        slots[slot] = Int32(truncatingIfNeeded: number)
        strings.append(string)
        hashes.append(hash)
        if 2 * strings.count > slots.count { grow() }
        return (number, true)
    }

    /// FNV-1a over the UTF-8 of `string`, or `nil` when it is not ASCII.
    private static func asciiHash(_ string: String) -> UInt64? {
        // Native strings (small ones included) lend their bytes; others are walked.
        string.utf8.withContiguousStorageIfAvailable(asciiHash) ?? asciiHash(string.utf8)
    }

    private static func asciiHash(_ bytes: some Sequence<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The first slot to try for `hash`: its top bits after a multiplicative mix.
    private static func slot(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Doubles the slots and places every string again.
    private mutating func grow() {
        slots = Array(repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for number in hashes.indices {
            var slot = Self.slot(of: hashes[number], mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: number)
        }
    }

    /// `insert` through a `Dictionary`, which it builds from the table the first time.
    private mutating func insertSlowly(_ string: String) -> (number: Int, inserted: Bool) {
        // Taken out while it changes, so the change does not copy it.
        var all = dictionary.take() ?? Dictionary(uniqueKeysWithValues: zip(strings, strings.indices))
        defer { dictionary = all }
        slots = []
        hashes = []
        let next = strings.count
        // Mutating through the `default:` subscript inserts `next` when the key is absent: one hash.
        let number = Self.read(&all[string, default: next])
        guard number == next else { return (number, false) }
        strings.append(string)
        return (number, true)
    }

    private static func read(_ entry: inout Int) -> Int { entry }
}
