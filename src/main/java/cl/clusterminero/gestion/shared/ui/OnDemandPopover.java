package cl.clusterminero.gestion.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.function.Function;

/**
 * A popover that exists only while it is open: a click on its button builds it with fresh content and opens it,
 * closing it (outside click, Escape, a choice, or the button again) removes it. Until someone opens it, a view
 * carries the button alone: an attached popover and its content weigh about 3 kB in every session whether or not
 * it is ever opened, and the navbar and the members list have four of them.
 */
public final class OnDemandPopover {

    private final Button trigger;
    private final String id;
    private final PopoverPosition position;
    private final Function<OnDemandPopover, Component> content;
    private Popover open;

    private OnDemandPopover(Button trigger, String id, PopoverPosition position,
                            Function<OnDemandPopover, Component> content) {
        this.trigger = trigger;
        this.id = id;
        this.position = position;
        this.content = content;
    }

    /**
     * Makes {@code trigger} open a popover below it with what {@code content} builds at that moment; the function
     * receives the popover's handle, so that a choice inside can {@link #close()} it.
     */
    public static OnDemandPopover attach(Button trigger, String id, PopoverPosition position,
                                         Function<OnDemandPopover, Component> content) {
        OnDemandPopover popover = new OnDemandPopover(trigger, id, position, content);
        trigger.getElement().setAttribute("aria-haspopup", "dialog");
        trigger.getElement().setAttribute("aria-expanded", "false");
        trigger.addClickListener(click -> popover.toggle());
        return popover;
    }

    private void toggle() {
        if (open != null) {
            close();
            return;
        }
        Popover popover = new Popover();
        popover.setId(id);
        // The button's click listener opens and closes it: the web component must not toggle it as well.
        popover.setOpenOnClick(false);
        popover.setPosition(position);
        popover.setAutofocus(true);
        popover.setTarget(trigger);
        popover.add(content.apply(this));
        popover.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                discard(popover);
            }
        });
        open = popover;
        trigger.getElement().setAttribute("aria-expanded", "true");
        popover.open();
    }

    /** Closes the popover if it is open; it is removed with its content. */
    public void close() {
        if (open != null) {
            discard(open);
        }
    }

    /** A choice in a popover menu: a tertiary button that closes the popover, then does its action. */
    public Button choice(VaadinIcon icon, String text, String id, Runnable action) {
        Button choice = new Button(text, icon.create(), click -> {
            close();
            action.run();
        });
        choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        choice.setId(id);
        return choice;
    }

    /** The choices stacked as a menu (class {@code popover-menu} in styles.css). */
    public static Div menu(Component... choices) {
        Div menu = new Div(choices);
        menu.addClassName("popover-menu");
        return menu;
    }

    private void discard(Popover popover) {
        if (open == popover) {
            open = null;
            trigger.getElement().setAttribute("aria-expanded", "false");
        }
        popover.close();
        if (popover.getTarget() != null) {
            // Without a target the popover takes itself out of the UI it was added to.
            popover.setTarget(null);
        }
    }
}
