package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockPaddingTest {

  @Test
  void recognisesOnlyFullLinesOfNines() {
    assertTrue(BlockPadding.isPadding("9".repeat(94)));
    assertFalse(BlockPadding.isPadding("9".repeat(93)));
    assertFalse(BlockPadding.isPadding("9000001" + "9".repeat(87)));
    BlockPadding padding = BlockPadding.parse(BlockPadding.LINE, 7);
    assertEquals(BlockPadding.LINE, padding.format());
    assertTrue(padding.validate().isEmpty());
  }
}
