// taskflow-gen: the command-line face of TaskFlowGenerator, what the build plugin runs.
//
//     taskflow-gen generate --output FILE [--module NAME] SOURCES...
//     taskflow-gen scan [--json] SOURCES...
//     taskflow-gen diagram [--format mermaid|dot] [--output DIR] SOURCES...
//
// Exit status: 0 on success, 1 when any error was reported, 2 for a usage mistake.

import Foundation

exit(Tool.run(arguments: Array(CommandLine.arguments.dropFirst())))
