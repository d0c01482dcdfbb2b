import Testing
@testable import TaskFlow

/// The string table that numbers a flow's task names and symbols: its answers must be those of
/// `String`'s `==`, whatever the strings' bytes and however full the table gets.
@Suite struct StringTableTests {
    @Test(arguments: [
        ["a", "b", "a"],
        ["size", "volume_type", "size", "volume_type"],
        ["exactly15bytes_", "exactly15bytes_", "sixteen_bytes_xx", "sixteen_bytes_xx"],
        ["a_symbol_name_longer_than_fifteen_bytes", "a_symbol_name_longer_than_fifteen_bytez"],
        ["", " ", ""],
    ])
    func numbersEqualStringsOnceInFirstSeenOrder(_ strings: [String]) {
        var table = StringTable()
        var expected: [String: Int] = [:]
        for string in strings {
            let result = table.insert(string)
            let number = expected[string] ?? expected.count
            #expect(result.number == number, "\(string)")
            #expect(result.inserted == (expected[string] == nil), "\(string)")
            expected[string] = number
        }
        #expect(table.strings == strings.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } })
    }

    @Test func canonicallyEqualStringsWithOtherBytesAreOneString() {
        // U+212A KELVIN SIGN is canonically equivalent to "K"; "é" composed and decomposed too.
        var table = StringTable()
        #expect(table.insert("K").number == 0)
        #expect(table.insert("\u{212A}") == (number: 0, inserted: false))
        #expect(table.insert("caf\u{E9}").number == 1)
        #expect(table.insert("cafe\u{301}") == (number: 1, inserted: false))
        // Strings added before the first non-ASCII one are still found afterwards.
        #expect(table.insert("K") == (number: 0, inserted: false))
    }

    @Test func keepsEveryNumberWhileGrowing() {
        var table = StringTable(capacity: 2)
        let strings = (0..<5_000).map { $0.isMultiple(of: 3) ? "symbol_with_a_long_name_\($0)" : "s\($0)" }
        for (number, string) in strings.enumerated() {
            #expect(table.insert(string) == (number: number, inserted: true))
        }
        for (number, string) in strings.enumerated() {
            #expect(table.insert(string) == (number: number, inserted: false))
        }
        #expect(table.strings == strings)
    }
}
