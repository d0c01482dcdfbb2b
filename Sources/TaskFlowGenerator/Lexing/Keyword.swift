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
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Keyword {
        let length = end - start
        guard length >= 2, length < spellings.count else { return .none }
        let first = bytes[start]
        // Every keyword starts with a lowercase letter or `_`.
        guard first >= UInt8(ascii: "_"), first <= UInt8(ascii: "z") else { return .none }
        for candidate in spellings[length] where candidate.spelling[0] == first {
            if matches(candidate.spelling, bytes, start) { return candidate.keyword }
        }
        return .none
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

    /// The spellings, grouped by length so that a name is compared with few candidates.
    private static let spellings: [[(spelling: [UInt8], keyword: Keyword)]] = {
        let all: [(String, Keyword)] = [
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
            ("inout", .inout), ("return", .return), ("in", .in), ("throw", .throw),
            ("each", .each), ("repeat", .repeat), ("sending", .sending),
            ("isolated", .isolated), ("__owned", .__owned), ("__shared", .__shared),
            ("try", .try), ("await", .await), ("if", .if), ("guard", .guard),
            ("while", .while), ("else", .else),
        ]
        let longest = all.map(\.0.utf8.count).max() ?? 0
        var table = [[(spelling: [UInt8], keyword: Keyword)]](repeating: [], count: longest + 1)
        for (spelling, keyword) in all {
            table[spelling.utf8.count].append((Array(spelling.utf8), keyword))
        }
        return table
    }()
}
