package gov.disclosure.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts the statuses of a fuzz run and keeps what broke a rule (a 5xx, a hang, a stored report that does not read). */
public final class FuzzTally {

    private final String name;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> broken = new ArrayList<>();
    private int cases;

    public FuzzTally(String name) {
        this.name = name;
    }

    /** @return whether the answer keeps the rule: a 2xx, 3xx or 4xx, in time */
    public boolean count(String request, RawHttp.Answer answer) {
        cases++;
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.hung() || answer.status() >= 500) {
            broken.add((answer.hung() ? "HANG " : answer.status() + " ") + request + " -> "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
            return false;
        }
        return true;
    }

    public void broke(String what) {
        broken.add(what);
    }

    public List<String> broken() {
        return broken;
    }

    /** One line for the log and the notes: how many cases, and how many of each status (0: no answer in time). */
    public String summary(long seed) {
        return "FUZZ %s: %d cases (seed %d), statuses %s, broken %d".formatted(name, cases, seed, statuses, broken.size());
    }
}
