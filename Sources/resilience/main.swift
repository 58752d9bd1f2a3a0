import Foundation
import ResilienceCommandLine

// The `resilience` command: a thin shell over the library. `ResilienceCommand` parses the
// arguments, reads and writes files and calls the library; this file only connects it to the
// process's streams and exit status. Run `resilience --help` for usage.

let result = ResilienceCommand().run(Array(CommandLine.arguments.dropFirst()))
FileHandle.standardOutput.write(Data(result.output.utf8))
FileHandle.standardError.write(Data(result.errorOutput.utf8))
exit(result.exitCode)
