/// Distinct strings, numbered densely in the order they were first added.
///
/// Building a flow looks up every task name and every symbol a task lists, so it hashes a lot
/// of short strings, mostly in no particular order: a look-up's cost is its cache misses.
/// `Dictionary<String, Int>` hashes each string with seeded SipHash over its normalized UTF-8;
/// while every string added is ASCII, this table instead hashes the raw bytes with FNV-1a
/// into a compact open-addressing table. For ASCII strings, equal bytes is exactly `String`
/// equality. A non-ASCII string may equal a string with other bytes (the Kelvin sign
/// `"\u{212A}"` equals `"K"`), so the first one moves every string into a `Dictionary`, which
/// serves from then on: the answers are always those of `String`'s `==`.
struct StringTable {
    /// Every string added, by number.
    private(set) var strings: [String] = []
    /// Linear probing over ASCII strings: 0 for an empty slot, else the string's number plus one
    /// in the low 32 bits and its 32-bit hash in the high ones — whose low bits pick the first
    /// slot to try, and which is compared before the strings themselves. The count is a power
    /// of two; at most three quarters of the slots are used.
    private var slots: [UInt64]
    /// Every string by number, once a non-ASCII string has been added; `slots` is then unused.
    private var dictionary: [String: Int]?

    /// An empty table with room for `capacity` strings before it grows.
    init(capacity: Int = 0) {
        var slotCount = 16
        while 3 * slotCount < 4 * capacity { slotCount *= 2 }
        slots = Array(repeating: 0, count: slotCount)
        strings.reserveCapacity(capacity)
    }

    /// Adds `string` unless an equal string is in the table.
    /// - Returns: The number of `string` (or of the equal string already there), and whether
    ///   `string` was added now.
    mutating func insert(_ string: String) -> (number: Int, inserted: Bool) {
        guard dictionary == nil, let hash = Self.asciiHash(string) else { return insertSlowly(string) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            let number = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            if entry >> 32 == hash, strings[number] == string { return (number, false) }
            slot = (slot + 1) & mask
        }
        let number = strings.count
        slots[slot] = UInt64(hash) << 32 | UInt64(number + 1)
        strings.append(string)
        if 4 * strings.count > 3 * slots.count { grow() }
        return (number, true)
    }

    /// FNV-1a over the UTF-8 of `string`, mixed, or `nil` when it is not ASCII.
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
        // FNV's low bits depend only on the bytes' low bits: a multiply spreads every byte over
        // the high 32 bits, which are kept.
        return (hash &* 0x9E37_79B9_7F4A_7C15) >> 32
    }

    /// Doubles the slots and places every string again.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: 2 * old.count)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(truncatingIfNeeded: entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// `insert` through a `Dictionary`, which it builds from the table the first time.
    private mutating func insertSlowly(_ string: String) -> (number: Int, inserted: Bool) {
        // Taken out while it changes, so the change does not copy it.
        var all = dictionary.take() ?? Dictionary(uniqueKeysWithValues: zip(strings, strings.indices))
        defer { dictionary = all }
        slots = []
        let next = strings.count
        // Mutating through the `default:` subscript inserts `next` when the key is absent: one hash.
        let number = Self.read(&all[string, default: next])
        guard number == next else { return (number, false) }
        strings.append(string)
        return (number, true)
    }

    private static func read(_ entry: inout Int) -> Int { entry }
}
