package io.contactcenter.quality.scorecard;

/** How an item is answered. */
public enum AnswerType {
    /** YES earns the item's points, NO earns none (and fails a critical item). */
    YES_NO,
    /** 0..scaleMax earns that share of the item's points; 0 fails a critical item. */
    SCALE
}
