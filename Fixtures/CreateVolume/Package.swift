// swift-tools-version: 6.0
//
// CreateVolume: Cinder's create_volume flows (API, scheduler, manager) as a consumer of
// swift-taskflow. It depends on the repository root by path and applies `TaskFlowPlugin`, so its
// flow wiring is generated and checked on every build.

import Foundation
import PackageDescription

/// The root package's identity is the last component of its folder, which is not always
/// `swift-taskflow` (a clone may have any name), so it is computed from this file's path.
let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Fixtures/CreateVolume
    .deletingLastPathComponent()  // Fixtures
    .deletingLastPathComponent()  // the repository
let rootName = root.lastPathComponent

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "CreateVolume",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "create-volume", targets: ["create-volume"]),
    ],
    dependencies: [
        .package(path: root.path),
    ],
    targets: [
        .target(
            name: "CreateVolume",
            dependencies: [.product(name: "TaskFlow", package: rootName)],
            swiftSettings: strictSwift,
            plugins: [.plugin(name: "TaskFlowPlugin", package: rootName)]
        ),
        .executableTarget(
            name: "create-volume",
            dependencies: ["CreateVolume", .product(name: "TaskFlow", package: rootName)],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "CreateVolumeTests",
            dependencies: ["CreateVolume", .product(name: "TaskFlow", package: rootName)],
            swiftSettings: strictSwift
        ),
        // Imports CreateVolume without `@testable`: the public flow's generated API as another
        // module sees it.
        .testTarget(
            name: "CreateVolumeClientTests",
            dependencies: ["CreateVolume", .product(name: "TaskFlow", package: rootName)],
            swiftSettings: strictSwift
        ),
    ],
    swiftLanguageModes: [.v6]
)
