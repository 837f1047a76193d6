package io.quorate.engine;

import java.util.function.Consumer;

/**
 * Computes derived facts (working-day counts, presence, tallies ...) from the model, once, in Java.
 * Each concern has its own deriver; {@link Derivers} lists them.
 */
public interface Deriver {
  void derive(Context ctx, Consumer<Object> facts);
}
