package org.pagelab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.pagelab.engine.report.Json;
import org.pagelab.engine.state.StateJson;
import org.pagelab.engine.state.StateText;
import org.pagelab.model.MmStates;
import org.pagelab.model.StateFileException;
import org.pagelab.model.mm.MMState;

/** {@code ./pagelab state FILE [--json]}: a saved MM state as text or JSON. */
final class StateCommand implements Command {
    @Override
    public String name() {
        return "state";
    }

    @Override
    public String summary() {
        return "show a saved MM state (*.mmstate) as text or JSON";
    }

    @Override
    public String usage() {
        return """
                Usage: ./pagelab state FILE [--json]

                Prints an MM state saved as *.mmstate (docs/FORMATS.md): the pages
                table, then each mm with its VMAs, PMDs and PTEs (bits decoded), page
                caches, swap slots and scenario threads. --json prints the whole state
                as one JSON object (feature names of the model; pfn and addresses as
                "0x..." strings; references by name).

                Exit status: 0 printed, 2 unreadable file or bad arguments.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse("state", args, Set.of("--json"), Set.of());
        if (a.operands().size() != 1) {
            throw new UsageException("state: expected one FILE (see ./pagelab help state)");
        }
        MMState s;
        try {
            s = MmStates.load(Path.of(a.operands().get(0)));
        } catch (StateFileException e) {
            err.println("pagelab state: " + e.getMessage());
            return 2;
        }
        out.print(a.flag("--json") ? Json.write(StateJson.of(s), true) + "\n" : StateText.of(s));
        return 0;
    }
}
