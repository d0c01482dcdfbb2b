// taskflow-gen: the command-line face of TaskFlowGenerator, what the build plugin runs.
//
//     taskflow-gen generate --output FILE [--module NAME] SOURCES...
//     taskflow-gen scan [--json] SOURCES...
//     taskflow-gen diagram [--format mermaid|dot] [--output DIR] SOURCES...
//     taskflow-gen runs --journal DIR
//
// Exit status: 0 on success, 1 when any error was reported, 2 for a usage mistake.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

exit(Tool.run(arguments: Array(CommandLine.arguments.dropFirst())))
