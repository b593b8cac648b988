package io.corebank.carddemo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PostTranPartitionTest {

  @Test
  void everyTransactionBelongsToExactlyOnePartitionAndAnAccountAlwaysToTheSameOne() {
    Random random = new Random(2022);
    for (int count = 1; count <= 5; count++) {
      int[] perPartition = new int[count];
      for (int i = 0; i < 10_000; i++) {
        Long acctId = random.nextInt(10) == 0 ? null : (long) random.nextInt(100_000);
        String card = String.format("%016d", random.nextLong(1L, 9_999_999_999_999_999L));
        int owners = 0;
        for (int k = 0; k < count; k++) {
          if (new PostTranPartition(k, count).owns(acctId, card)) {
            owners++;
            perPartition[k]++;
          }
        }
        assertEquals(1, owners, "account " + acctId + ", card " + card + ", " + count + " partitions");
        if (acctId != null) {
          // another card of the same account goes to the same partition: its cycle figures have one writer
          String otherCard = String.format("%016d", random.nextLong(1L, 9_999_999_999_999_999L));
          assertEquals(PostTranPartition.of(acctId, card, count), PostTranPartition.of(acctId, otherCard, count));
        }
      }
      for (int k = 0; k < count; k++) {
        assertTrue(perPartition[k] > 10_000 / count * 8 / 10, "partition " + k + " of " + count + " gets its share");
      }
    }
  }

  @Test
  void stepNamesCarryThePartitionCount() {
    assertEquals("posttran", PostTranPartition.WHOLE_FILE.stepName());
    assertEquals("posttran-2of4", new PostTranPartition(1, 4).stepName());
    assertEquals(1, PostTranPartition.countOfStep("posttran"));
    assertEquals(4, PostTranPartition.countOfStep("posttran-2of4"));
    assertEquals(12, PostTranPartition.countOfStep(new PostTranPartition(11, 12).stepName()));
    assertEquals(0, PostTranPartition.countOfStep("snapshot"));
    assertEquals(0, PostTranPartition.countOfStep("posttran-xofy"));
  }

  @Test
  void refusesAPartitionThatDoesNotExist() {
    assertThrows(IllegalArgumentException.class, () -> new PostTranPartition(2, 2));
    assertThrows(IllegalArgumentException.class, () -> new PostTranPartition(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new PostTranPartition(0, 0));
    assertFalse(new PostTranPartition(1, 2).owns(4L, "4111111111111111"));
  }
}
