/// A Swift type in normal form: sugar removed (`[T]` is `Array<T>`, `T?` and `T!` are
/// `Optional<T>`, `[K: V]` is `Dictionary<K, V>`, `Void` is `()`, a leading `Swift.` dropped), so
/// that two spellings of one type compare equal.
indirect enum TypeTree: Sendable, Hashable {
    /// One component of a dotted type name, with its generic arguments.
    struct Component: Sendable, Hashable {
        var name: String
        var arguments: [TypeTree]
    }

    /// A named type, e.g. `Cinder.Volume` or `Array<Int>`.
    case named([Component])
    /// A tuple; `()` when empty. A one-element unlabelled tuple is its element.
    case tuple([TupleElement])
    /// A function type; `effects` is e.g. `async throws`.
    case function(parameters: [TypeTree], effects: String, result: TypeTree)
    /// A type behind a prefix the generator does not look through (`some`, `any`, an attribute).
    case modified(String, TypeTree)
    /// `A & B`.
    case composition([TypeTree])
    /// `T.Type` or `T.Protocol`.
    case metatype(TypeTree, String)
    /// Text the parser could not read; compared as text.
    case opaque(String)

    /// An element of a tuple type.
    struct TupleElement: Sendable, Hashable {
        var label: String?
        var type: TypeTree
    }

    /// `Optional<wrapped>`.
    static func optional(_ wrapped: TypeTree) -> TypeTree {
        .named([Component(name: "Optional", arguments: [wrapped])])
    }

    /// The wrapped type when this is `Optional<T>`.
    var optionalWrapped: TypeTree? {
        if case .named(let path) = self, path.count == 1, path[0].name == "Optional", path[0].arguments.count == 1 {
            return path[0].arguments[0]
        }
        return nil
    }
}

extension TypeTree: CustomStringConvertible {
    /// The normal form as text, e.g. `Dictionary<String,Array<Int>>`.
    var description: String {
        switch self {
        case .named(let path):
            return path.map { component in
                component.arguments.isEmpty
                    ? component.name
                    : component.name + "<" + component.arguments.map(\.description).joined(separator: ",") + ">"
            }.joined(separator: ".")
        case .tuple(let elements):
            return "(" + elements.map { ($0.label.map { $0 + ":" } ?? "") + $0.type.description }.joined(separator: ",") + ")"
        case .function(let parameters, let effects, let result):
            return "(" + parameters.map(\.description).joined(separator: ",") + ")" + effects + "->" + result.description
        case .modified(let prefix, let type):
            return prefix + " " + type.description
        case .composition(let parts):
            return parts.map(\.description).joined(separator: "&")
        case .metatype(let type, let kind):
            return type.description + "." + kind
        case .opaque(let text):
            return text
        }
    }
}
