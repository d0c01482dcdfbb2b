// create-volume: Cinder's create_volume, end to end, on swift-taskflow.
//
// The API flow validates the request, reserves and commits quota, creates the row and casts the
// volume to the scheduler; the scheduler flow picks a backend and casts to its manager; the
// manager flow creates the volume, and on failure reschedules it or errors it out. Every task
// and flow transition is printed by the runtime's PrintingListener.

import CreateVolume
import Foundation
import TaskFlow

let options: Options
do {
    options = try Options(arguments: CommandLine.arguments.dropFirst())
} catch {
    if let message = error.message {
        FileHandle.standardError.write(Data("create-volume: \(message)\n\n\(Options.usage)\n".utf8))
        exit(2)
    }
    print(Options.usage)
    exit(0)
}

let deployment = Deployment(allowReschedule: options.allowReschedule)
if let task = options.failingTask {
    do {
        try deployment.injectFailure(atTask: task)
    } catch {
        FileHandle.standardError.write(Data("create-volume: \(error)\n".utf8))
        exit(2)
    }
}

for (flow, mermaid) in Deployment.diagrams {
    print("## \(flow)\n\n```mermaid\n\(mermaid)\n```\n")
}

let context = RequestContext(projectID: "demo", userID: "alice", requestID: "req-1")
let request = VolumeRequest(size: options.size, name: "data")
print("## Running create-volume: \(options.size) GiB" + (options.failingTask.map { ", failing \($0)" } ?? ""))
var engineOptions = Engine.Options(listeners: [PrintingListener()])
if let directory = options.journalDirectory {
    do {
        engineOptions.journal = try FileJournal(directory: URL(fileURLWithPath: directory))
    } catch {
        FileHandle.standardError.write(Data("create-volume: \(error)\n".utf8))
        exit(1)
    }
}
let engine = Engine(options: engineOptions)
let report = await deployment.createVolume(request, context: context, engine: engine)

print("\n## Flow runs")
for run in report.runs {
    let place = run.backend.map { " on \($0)" } ?? ""
    switch run.outcome {
    case .succeeded(let summary): print("- \(run.flow)\(place): succeeded: \(summary)")
    case .failed(let error): print("- \(run.flow)\(place): failed and reverted: \(error)")
    }
}

print("\n## What the services did")
if deployment.logs.allSatisfy({ $0.entries.isEmpty }) { print("nothing") }
for (fake, entries) in deployment.logs where !entries.isEmpty {
    print("\(fake):")
    for entry in entries { print("  \(entry)") }
}

if let directory = options.journalDirectory {
    let path = URL(fileURLWithPath: directory).standardizedFileURL.path
    print("\n## Journal: \(path)")
    do {
        for run in try await engine.journaledRuns() { print("- \(run.runID) \(run.flow): \(run.state)") }
    } catch {
        print("cannot read the journal: \(error)")
    }
    print("(also listed by `swift package taskflow runs --journal \(path)` in this package)")
}

print("\n## Result")
if let volume = report.created {
    print("volume \(volume.id) is \(volume.status) on \(volume.host ?? "no host")")
} else {
    print("no volume was created; the services' logs above show what was undone")
}
