/// Reads what one Swift file declares: every `func`, every type and extension, and every other
/// declaration that carries a doc comment, with the doc comments attached as swiftc attaches
/// them.
///
/// Reading never fails: malformed input (unterminated comments or strings, invalid UTF-8 in a
/// doc comment) becomes diagnostics located at the start of what is malformed, and the rest of
/// the file is still read. Time is linear in the size of the file.
///
/// - Parameter file: The file to read.
/// - Returns: The file's declarations, in source order, and the problems found.
public func readDeclarations(in file: SourceFile) -> FileDeclarations {
    file.bytes.withUnsafeBufferPointer { bytes in
        var reader = DeclarationReader(source: TokenizedFile(bytes), path: file.path)
        return reader.read()
    }
}
