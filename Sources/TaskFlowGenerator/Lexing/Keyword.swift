/// The keywords (reserved or contextual) and `#` directives the reader needs to recognise.
///
/// A name is classified once, while it is lexed, so that the reader compares small integers
/// instead of bytes. Contextual keywords (`actor`, `open`, `async`, …) are classified too; the
/// reader decides from the position whether they act as keywords.
enum Keyword: UInt8, Sendable, Hashable {
    /// Not a keyword the reader cares about (or a backticked name).
    case none

    // MARK: Declarations

    case `func`, initializer, `deinit`, `subscript`, `var`, `let`, `typealias`, `associatedtype`
    case `case`, `enum`, `struct`, `class`, `actor`, `protocol`, `extension`, `import`
    case `operator`, `precedencegroup`, `macro`

    // MARK: Modifiers

    case `static`, `public`, `private`, `fileprivate`, `internal`, `open`, `package`, `final`
    case `override`, `mutating`, `nonmutating`, `dynamic`, `lazy`, `weak`, `unowned`
    case `optional`, `required`, `convenience`, `nonisolated`, `distributed`, `prefix`
    case `postfix`, `infix`, `indirect`, `consuming`, `borrowing`, `__consuming`

    // MARK: Signatures

    case `async`, `throws`, `rethrows`, `reasync`, `where`, `some`, `any`, `inout`

    // MARK: Type specifiers (besides `inout`, `some`, `any`, `consuming`, `borrowing`)

    case `each`, `repeat`, `sending`, `isolated`, `__owned`, `__shared`

    // MARK: Statements after which an expression starts

    case `return`, `in`, `throw`, `try`, `await`, `if`, `guard`, `while`, `else`

    // MARK: Directives (spelled after `#`)

    case poundIf, poundElseif, poundElse, poundEndif

    /// Whether the keyword introduces a declaration.
    var introducesDeclaration: Bool {
        rawValue >= Keyword.func.rawValue && rawValue <= Keyword.macro.rawValue
    }

    /// Whether the keyword is a declaration modifier (`static`, `public`, `mutating`, …).
    var isModifier: Bool {
        rawValue >= Keyword.static.rawValue && rawValue <= Keyword.__consuming.rawValue
    }

    /// Whether the keyword is one of `#if`, `#elseif`, `#else`, `#endif`.
    var isConditionalDirective: Bool {
        rawValue >= Keyword.poundIf.rawValue && rawValue <= Keyword.poundEndif.rawValue
    }

    /// Whether the keyword may precede a type to qualify it (`inout T`, `some P`, `each T`).
    var isTypeSpecifier: Bool {
        switch self {
        case .inout, .some, .any, .consuming, .borrowing, .__consuming, .each, .repeat, .sending,
             .isolated, .__owned, .__shared, .nonisolated:
            true
        default:
            false
        }
    }

    /// Whether an expression may start right after the keyword (so a `/` there opens a regex).
    var precedesExpression: Bool {
        rawValue >= Keyword.return.rawValue && rawValue <= Keyword.else.rawValue
            || self == .case || self == .where
    }

    // MARK: Classification

    /// The keyword spelled by `bytes[start..<end]`, or `.none`.
    ///
    /// Called for every name in a file, so it compares integers: the name's bytes packed into
    /// two words, against the few keywords of the same length and first letter.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Keyword {
        let length = end - start
        guard length >= 2, length <= KeywordTable.longest else { return .none }
        let first = bytes[start]
        // Every keyword starts with a lowercase letter or `_`.
        guard first >= UInt8(ascii: "_"), first <= UInt8(ascii: "z") else { return .none }
        return KeywordTable.shared.keyword(bytes, from: start, to: end)
    }

    /// The directive spelled by the name after a `#` (`if`, `elseif`, `else`, `endif`), or
    /// `.none`.
    static func classifyDirective(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Keyword {
        switch classify(bytes, from: start, to: end) {
        case .if: return .poundIf
        case .else: return .poundElse
        default: break
        }
        let length = end - start
        if length == 6, matches(Array("elseif".utf8), bytes, start) { return .poundElseif }
        if length == 5, matches(Array("endif".utf8), bytes, start) { return .poundEndif }
        return .none
    }

    private static func matches(_ spelling: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var index = 0
        while index < spelling.count {
            if bytes[start + index] != spelling[index] { return false }
            index += 1
        }
        return true
    }

    /// Every keyword with its spelling.
    static let spellings: [(String, Keyword)] = [
        ("func", .func), ("init", .initializer), ("deinit", .deinit), ("subscript", .subscript),
        ("var", .var), ("let", .let), ("typealias", .typealias),
        ("associatedtype", .associatedtype), ("case", .case), ("enum", .enum),
        ("struct", .struct), ("class", .class), ("actor", .actor), ("protocol", .protocol),
        ("extension", .extension), ("import", .import), ("operator", .operator),
        ("precedencegroup", .precedencegroup), ("macro", .macro),
        ("static", .static), ("public", .public), ("private", .private),
        ("fileprivate", .fileprivate), ("internal", .internal), ("open", .open),
        ("package", .package), ("final", .final), ("override", .override),
        ("mutating", .mutating), ("nonmutating", .nonmutating), ("dynamic", .dynamic),
        ("lazy", .lazy), ("weak", .weak), ("unowned", .unowned), ("optional", .optional),
        ("required", .required), ("convenience", .convenience),
        ("nonisolated", .nonisolated), ("distributed", .distributed), ("prefix", .prefix),
        ("postfix", .postfix), ("infix", .infix), ("indirect", .indirect),
        ("consuming", .consuming), ("borrowing", .borrowing), ("__consuming", .__consuming),
        ("async", .async), ("throws", .throws), ("rethrows", .rethrows),
        ("reasync", .reasync), ("where", .where), ("some", .some), ("any", .any),
        ("inout", .inout), ("each", .each), ("repeat", .repeat), ("sending", .sending),
        ("isolated", .isolated), ("__owned", .__owned), ("__shared", .__shared),
        ("return", .return), ("in", .in), ("throw", .throw),
        ("try", .try), ("await", .await), ("if", .if), ("guard", .guard),
        ("while", .while), ("else", .else),
    ]
}

/// The keywords bucketed by first byte and length, each spelling packed into two words.
struct KeywordTable: Sendable {
    /// The length of the longest keyword (`precedencegroup`).
    static let longest = 15

    /// One keyword: its packed spelling.
    struct Entry: Sendable {
        var packed: Packed
        var keyword: Keyword
    }

    /// Up to 16 bytes of a name, packed little-endian into two words.
    struct Packed: Sendable, Equatable {
        var low: UInt64
        var high: UInt64
    }

    /// A range of `entries`.
    struct Bucket: Sendable {
        var first: Int
        var count: Int
    }

    /// The entries, grouped by bucket.
    let entries: [Entry]
    /// For each (first byte − `_`, length), its entries.
    let buckets: [Bucket]

    static let shared = KeywordTable()

    private init() {
        let width = Self.longest + 1
        var grouped = [[Entry]](repeating: [], count: 28 * width)
        for (spelling, keyword) in Keyword.spellings {
            let utf8 = Array(spelling.utf8)
            let packed = utf8.withUnsafeBufferPointer { Self.pack($0, from: 0, to: $0.count) }
            grouped[Int(utf8[0] - UInt8(ascii: "_")) * width + utf8.count].append(Entry(packed: packed, keyword: keyword))
        }
        var entries: [Entry] = []
        var buckets: [Bucket] = []
        for group in grouped {
            buckets.append(Bucket(first: entries.count, count: group.count))
            entries.append(contentsOf: group)
        }
        self.entries = entries
        self.buckets = buckets
    }

    /// The keyword spelled by `bytes[start..<end]`, or `.none`.
    func keyword(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Keyword {
        let length = end - start
        guard length >= 2, length <= Self.longest else { return .none }
        let first = bytes[start]
        guard first >= UInt8(ascii: "_"), first <= UInt8(ascii: "z") else { return .none }
        let bucket = buckets[Int(first - UInt8(ascii: "_")) * (Self.longest + 1) + length]
        guard bucket.count > 0 else { return .none }
        let packed = Self.pack(bytes, from: start, to: end)
        var index = bucket.first
        while index < bucket.first + bucket.count {
            if entries[index].packed == packed { return entries[index].keyword }
            index += 1
        }
        return .none
    }

    /// Packs `bytes[start..<end]` (at most 16 bytes) into two words.
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Packed {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = start
        while index < end, index - start < 8 {
            low |= UInt64(bytes[index]) << (8 * UInt64(index - start))
            index += 1
        }
        while index < end {
            high |= UInt64(bytes[index]) << (8 * UInt64(index - start - 8))
            index += 1
        }
        return Packed(low: low, high: high)
    }
}
