package org.vigil;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** A workflow's table as a map, state by state, so that a test compares the whole table with the expected one. */
public final class TransitionTable {

    private TransitionTable() {}

    public static <S extends Enum<S>, V> Map<S, V> of(Class<S> states, Function<S, V> moves) {
        Map<S, V> table = new EnumMap<>(states);
        for (S s : states.getEnumConstants()) {
            table.put(s, moves.apply(s));
        }
        return table;
    }
}
