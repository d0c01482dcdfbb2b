/// Distinct strings, numbered densely in the order they were first added.
///
/// Building a flow looks up every task name and every symbol a task lists, so it hashes a lot
/// of short strings, mostly in no particular order: a look-up's cost is its cache misses.
/// `Dictionary<String, Int>` hashes each string with seeded SipHash over its normalized UTF-8
/// and keeps it in a separate buffer; while every string added is ASCII, this table instead
/// hashes the raw bytes (a multiply or two for up to 15 bytes, FNV-1a for more) into its own
/// open-addressing table, whose slots hold the bytes of strings of up to 15 of them, so
/// looking one up usually touches one cache line. For
/// ASCII strings, equal bytes is exactly `String` equality. A non-ASCII string may equal a
/// string with other bytes (the Kelvin sign `"\u{212A}"` equals `"K"`), so the first one moves
/// every string into a `Dictionary`, which serves from then on: the answers are always those of
/// `String`'s `==`.
struct StringTable {
    /// An ASCII string as the slots compare it.
    private struct Key {
        /// Up to 15 bytes and their count in the top byte, or the hash and ``long`` for a
        /// longer string, which is then compared as a `String`.
        var bytes: (UInt64, UInt64)
        /// 32 bits of the hash: the low ones pick the first slot to try.
        var hash: UInt32

        static let long: UInt64 = 0xFF << 56

        var isShort: Bool { bytes.1 != Key.long }
    }

    /// A slot of the open-addressing table: a key, flattened, and its string's number — 24
    /// bytes in all.
    private struct Slot {
        var bytes: (UInt64, UInt64) = (0, 0)
        var hash: UInt32 = 0
        /// -1 for an empty slot.
        var number: Int32 = -1

        func holds(_ key: Key) -> Bool {
            bytes == key.bytes && hash == key.hash
        }
    }

    /// Every string added, by number.
    private(set) var strings: [String] = []
    /// Linear probing over ASCII strings. The count is a power of two; at most three quarters
    /// of the slots are used.
    private var slots: [Slot]
    /// Every string by number, once a non-ASCII string has been added; `slots` is then unused.
    private var dictionary: [String: Int]?

    /// An empty table with room for `capacity` strings before it grows.
    init(capacity: Int = 0) {
        var slotCount = 16
        while 3 * slotCount < 4 * capacity { slotCount *= 2 }
        slots = Array(repeating: Slot(), count: slotCount)
        strings.reserveCapacity(capacity)
    }

    /// Adds `string` unless an equal string is in the table.
    /// - Returns: The number of `string` (or of the equal string already there), and whether
    ///   `string` was added now.
    mutating func insert(_ string: String) -> (number: Int, inserted: Bool) {
        guard dictionary == nil, let key = Self.key(of: string) else { return insertSlowly(string) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while slots[slot].number >= 0 {
            if slots[slot].holds(key) {
                let number = Int(slots[slot].number)
                if key.isShort || strings[number] == string { return (number, false) }
            }
            slot = (slot + 1) & mask
        }
        let number = strings.count
        slots[slot] = Slot(bytes: key.bytes, hash: key.hash, number: Int32(truncatingIfNeeded: number))
        strings.append(string)
        if 4 * strings.count > 3 * slots.count { grow() }
        return (number, true)
    }

    /// The key of `string`, or `nil` when it is not ASCII.
    private static func key(of string: String) -> Key? {
        // Native strings (small ones included) lend their bytes; others are copied.
        string.utf8.withContiguousStorageIfAvailable(key) ?? Array(string.utf8).withUnsafeBufferPointer(key)
    }

    /// The key of ASCII `bytes`, or `nil` when they are not ASCII.
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key? {
        guard bytes.count <= 15 else { return longKey(bytes) }
        // Two words, little end first, the count in the last byte: the key and, mixed, the hash.
        var packed: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &packed) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        guard (packed.0 | packed.1) & 0x8080_8080_8080_8080 == 0 else { return nil }
        packed.1 |= UInt64(bytes.count) << 56
        let mixed = ((packed.0 &* 0x9E37_79B9_7F4A_7C15) ^ packed.1) &* 0xC2B2_AE3D_27D4_EB4F
        return Key(bytes: packed, hash: UInt32(truncatingIfNeeded: mixed >> 32))
    }

    /// The key of more than 15 `bytes`: FNV-1a over all of them, mixed; `nil` when they are not
    /// ASCII.
    private static func longKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Key? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        // FNV's low bits depend only on the bytes' low bits: a multiply spreads every byte over
        // the high 32 bits, which are kept.
        let kept = (hash &* 0x9E37_79B9_7F4A_7C15) >> 32
        return Key(bytes: (kept, Key.long), hash: UInt32(truncatingIfNeeded: kept))
    }

    /// Doubles the slots and places every string again.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: 2 * old.count)
        let mask = slots.count - 1
        for entry in old where entry.number >= 0 {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot].number >= 0 { slot = (slot + 1) & mask }
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
