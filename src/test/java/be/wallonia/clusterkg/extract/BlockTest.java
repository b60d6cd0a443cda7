package be.wallonia.clusterkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlockTest {

    @Test
    void itemListTextJoinsItsItemsWithSemicolons() {
        Block.ItemList list = new Block.ItemList(3, Block.ListStyle.BULLET,
                List.of(new Block.Item(3, "Encourage innovation"), new Block.Item(4, "Promote internationalization")));
        assertEquals("Encourage innovation; Promote internationalization", list.text());
    }

    @Test
    void tableTextJoinsCellsWithSpacesAndRowsWithSemicolons() {
        Block.Table table = new Block.Table(17, List.of(
                new Block.Row(17, List.of("ARESA", "Recherche clinique")),
                new Block.Row(18, List.of("TWEED", "Energie durable"))));
        assertEquals("ARESA Recherche clinique; TWEED Energie durable", table.text());
    }
}
