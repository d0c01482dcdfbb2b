// swift-tools-version: 6.0
//
// BrokenWiring: a consumer of swift-taskflow with one deliberate wiring mistake. Its build must
// fail, with the generator's diagnostic on the annotation's line
// (Scripts/plugin-broken-wiring.sh checks that).

import Foundation
import PackageDescription

/// The root package's identity is the last component of its folder, which is not always
/// `swift-taskflow` (a clone may have any name), so it is computed from this file's path.
let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Fixtures/BrokenWiring
    .deletingLastPathComponent()  // Fixtures
    .deletingLastPathComponent()  // the repository
let rootName = root.lastPathComponent

let package = Package(
    name: "BrokenWiring",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: root.path),
    ],
    targets: [
        .target(
            name: "BrokenWiring",
            dependencies: [.product(name: "TaskFlow", package: rootName)],
            plugins: [.plugin(name: "TaskFlowPlugin", package: rootName)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
