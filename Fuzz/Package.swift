// swift-tools-version: 6.0
//
// A libFuzzer target over the generator's front end: lexer, declaration reader and (through
// the module checker, once it exists) annotation parser. Separate from the root package so
// that the main build stays normal. Run with `./run.sh SECONDS`.

import PackageDescription

// A path dependency's identity is its folder's name, and clones may name the root folder
// anything: derive it from where this manifest is.
let rootFolderName: String = {
    let components = #filePath.split(separator: "/")
    return String(components[components.count - 3])
}()

let package = Package(
    name: "TaskFlowFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "TaskFlowFuzz",
            dependencies: [
                .product(name: "TaskFlowGenerator", package: rootFolderName),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
