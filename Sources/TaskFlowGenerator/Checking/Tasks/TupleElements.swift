/// The elements of a tuple type written as text, e.g. `(id:Int,tags:[String:Int])`; `nil` when
/// `text` is not a tuple of two or more elements (an optional tuple or a function type is not).
/// A label may be backticked (`` (`let`:[Int],b:Int) ``); it is returned without the backticks,
/// and the element's type is what follows its colon.
func tupleElements(of text: String) -> [(label: String?, type: String)]? {
    let bytes = Array(text.utf8)
    guard bytes.first == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")") else { return nil }
    var depth = 0
    var elements: [[UInt8]] = []
    var current: [UInt8] = []
    for (offset, byte) in bytes.enumerated() {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "<"):
            depth += 1
            if depth > 1 { current.append(byte) }
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ">"):
            if byte == UInt8(ascii: ">"), offset > 0, bytes[offset - 1] == UInt8(ascii: "-") {
                current.append(byte)
                continue
            }
            depth -= 1
            if depth == 0, offset != bytes.count - 1 { return nil }  // `(A)->B`, `(A,B)?`
            if depth > 0 { current.append(byte) }
        case UInt8(ascii: ",") where depth == 1:
            elements.append(current)
            current = []
        default:
            current.append(byte)
        }
    }
    elements.append(current)
    guard elements.count >= 2 else { return nil }
    return elements.map { element in
        let text = String(decoding: element, as: UTF8.self).trimmingSpaces()
        if let colon = text.firstIndex(of: ":") {
            var label = text[..<colon].trimmingSpaces()
            if label.count > 2, label.hasPrefix("`"), label.hasSuffix("`") {
                label = String(label.dropFirst().dropLast())
            }
            if isSwiftIdentifier(label) {
                return (label, text[text.index(after: colon)...].trimmingSpaces())
            }
        }
        return (nil, text)
    }
}
