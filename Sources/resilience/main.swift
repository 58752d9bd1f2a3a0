import CommunityResilience
import Foundation

// The `resilience` command: a thin shell over the library. It parses arguments, reads files,
// calls the library and prints; every rule it applies lives in the library.

let usage = """
    usage: resilience report [scenario.json]    appraise a scenario (the bundled example if no file)
           resilience validate <scenario.json>  check a scenario and list every problem
           resilience example                   print the bundled example scenario as JSON
    """

func standardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func loadScenario(_ path: String?) -> Scenario? {
    guard let path else { return Scenario.example }
    guard let data = FileManager.default.contents(atPath: path) else {
        standardError("resilience: cannot read '\(path)'")
        return nil
    }
    do {
        return try Scenario(json: data)
    } catch {
        standardError("\(path): \(error)")
        return nil
    }
}

var arguments = CommandLine.arguments.dropFirst()
let command = arguments.popFirst() ?? "report"
switch command {
case "report":
    guard let scenario = loadScenario(arguments.first) else { exit(1) }
    do {
        let appraisal = try scenario.appraise(with: .example)
        print(HeadlineSummary(appraisal))
    } catch {
        standardError("\(error)")
        exit(1)
    }
case "validate":
    guard let path = arguments.first else {
        standardError(usage)
        exit(2)
    }
    guard loadScenario(path) != nil else { exit(1) }
    print("\(path): valid")
case "example":
    do {
        print(String(decoding: try Scenario.example.jsonData(), as: UTF8.self))
    } catch {
        standardError("\(error)")
        exit(1)
    }
case "-h", "--help", "help":
    print(usage)
default:
    standardError("resilience: unknown command '\(command)'\n\(usage)")
    exit(2)
}
