/// A Swift access level, from most to least restricted.
///
/// A flow's generated API (`Inputs`, `Outputs`, `metadata`, `diagram`, `run`, `resume`) takes
/// the access level of the type the flow is declared on, so a `public` flow can be run from
/// another module.
public enum AccessLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// `private`: this declaration's scope.
    case `private`
    /// `fileprivate`: this file.
    case `fileprivate`
    /// `internal`, the default: this module.
    case `internal`
    /// `package`: the modules of this package.
    case `package`
    /// `public` (or `open`): every module.
    case `public`

    /// The level a declaration's modifiers state (`open` is `public` here: generated members
    /// are never overridden), or `nil` when they state none. `private(set)` and the like set a
    /// setter's level only and are not counted.
    /// - Parameter modifiers: The modifiers as written, e.g. `["public", "final"]`.
    public init?(modifiers: [String]) {
        for modifier in modifiers {
            switch modifier {
            case "open", "public": self = .public
            case "package": self = .package
            case "internal": self = .internal
            case "fileprivate": self = .fileprivate
            case "private": self = .private
            default: continue
            }
            return
        }
        return nil
    }

    /// The keyword, e.g. `public`.
    public var keyword: String {
        switch self {
        case .private: "private"
        case .fileprivate: "fileprivate"
        case .internal: "internal"
        case .package: "package"
        case .public: "public"
        }
    }

    /// Whether `lhs` is more restricted than `rhs`.
    public static func < (lhs: AccessLevel, rhs: AccessLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
