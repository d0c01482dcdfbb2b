import TaskFlowGenerator

/// libFuzzer's entry point: reads the input as a Swift file, checks what the reader promises
/// whatever the bytes — no crash, no hang, locations inside the file — then parses the
/// annotations and checks the module through `checkModule(named:files:)`, and reads the bytes as
/// a lock file (`LockFile(json:)`), which must read them or reject them at a line inside them.
///
/// - Parameters:
///   - start: The input's first byte.
///   - count: The input's length.
/// - Returns: 0, as libFuzzer requires.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontEnd(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let file = SourceFile(path: "fuzz.swift", bytes: bytes)
    let declarations = readDeclarations(in: file)

    let lineCount = bytes.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") || $1 == UInt8(ascii: "\r") ? 1 : 0) }
    func check(_ location: SourceLocation) {
        precondition(location.line >= 1 && location.line <= lineCount, "line out of range: \(location)")
        precondition(location.column >= 1 && location.column <= count + 1, "column out of range: \(location)")
    }
    for function in declarations.functions {
        check(function.nameLocation)
        function.parameters.forEach { check($0.location) }
        function.docComment?.lines.forEach { check($0.location) }
    }
    declarations.types.forEach { check($0.nameLocation) }
    declarations.others.forEach { check($0.location) }
    declarations.diagnostics.forEach { check($0.location) }

    let result = checkModule(named: "Fuzz", files: [declarations])
    result.diagnostics.forEach { check($0.location) }

    // The same bytes as a `taskflow.lock`: read, or rejected at a line inside them.
    do {
        _ = try LockFile(json: String(decoding: bytes, as: UTF8.self))
    } catch {
        precondition(error.line >= 1 && error.line <= lineCount && error.column >= 1, "lock error out of range: \(error)")
    }
    return 0
}
