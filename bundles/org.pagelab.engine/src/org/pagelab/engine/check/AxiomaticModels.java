package org.pagelab.engine.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.lkmm.AxiomaticCheck;
import org.pagelab.engine.lkmm.AxiomaticChecks;
import org.pagelab.engine.lkmm.MemoryModel;

/**
 * The axiomatic models of org.pagelab.engine.lkmm (lkmm, tso, and sc-ax:
 * sequential consistency decided axiomatically, for cross-checking the
 * explorer) as {@link CheckModel}s.
 */
final class AxiomaticModels implements CheckModels.Provider {
    @Override
    public List<CheckModel> models() {
        List<CheckModel> l = new ArrayList<>();
        l.add(new Axiomatic("lkmm", MemoryModel.byName("lkmm")));
        l.add(new Axiomatic("tso", MemoryModel.byName("tso")));
        l.add(new Axiomatic("sc-ax", MemoryModel.byName("sc")));
        return l;
    }

    private static final class Axiomatic implements CheckModel {
        private final String name;
        private final MemoryModel model;

        Axiomatic(String name, MemoryModel model) {
            this.name = name;
            this.model = model;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return model.description();
        }

        @Override
        public CheckResult check(Path file, String text, CheckOptions o) {
            AxiomaticCheck.Report r = AxiomaticChecks.check(file, model, o.monitor, (long) (o.timeoutSeconds * 1000),
                    o.maxStates);
            Map<String, Object> extra = r.extraJson();
            List<String> details = new ArrayList<>();
            if (r.witness() != null) {
                for (String line : r.witness().toText().split("\n")) {
                    details.add(line);
                }
                extra.put(CheckResult.DOT, r.witness().toDot(r.name()));
            }
            return new CheckResult(r.file(), r.name(), name, r.verdict(), r.expected(), r.match(), r.candidates(),
                    r.millis(), r.error(), null, List.of(), false, List.of(), extra, details);
        }
    }
}
