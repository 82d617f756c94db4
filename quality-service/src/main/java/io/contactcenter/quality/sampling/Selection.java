package io.contactcenter.quality.sampling;

/** The sampling decision for one contact; {@code reason} is null when it was not selected. */
public record Selection(boolean selected, SelectionReason reason) {

    public static final Selection NOT_SELECTED = new Selection(false, null);

    public static Selection because(SelectionReason reason) {
        return new Selection(true, reason);
    }
}
