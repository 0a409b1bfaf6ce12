package it.ccvmi.planner.api.goods;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.goods.GoodsTypeRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goods catalogue; a goods type's code is its key and never changes. */
@Service
@Transactional
public class GoodsTypeService {

    private final GoodsTypeRepository goodsTypes;
    private final EntityManager entities;

    GoodsTypeService(GoodsTypeRepository goodsTypes, EntityManager entities) {
        this.goodsTypes = goodsTypes;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public List<GoodsTypeView> list() {
        return goodsTypes.findAllByOrderByCode().stream().map(GoodsTypeView::of).toList();
    }

    @Transactional(readOnly = true)
    public GoodsTypeView get(String code) {
        return GoodsTypeView.of(find(code));
    }

    public GoodsTypeView create(GoodsTypeInput input) {
        if (goodsTypes.existsById(input.code())) {
            throw ApiProblem.conflict("la categoria di merce " + input.code() + " esiste già");
        }
        requireUniqueName(input);
        return GoodsTypeView.of(goodsTypes.saveAndFlush(new GoodsType(input.code(), input.italianName().trim(),
                input.family(), input.temperatureClass(), input.unit(), input.unitWeightKg(), input.unitVolumeM3())));
    }

    public GoodsTypeView update(String code, GoodsTypeInput input) {
        if (!code.equals(input.code())) {
            throw ApiProblem.invalidField("code", "deve essere " + code + ": il codice di una categoria non cambia");
        }
        GoodsType stored = find(code);
        requireUniqueName(input);
        stored.describe(input.italianName().trim(), input.family(), input.temperatureClass(), input.unit(),
                input.unitWeightKg(), input.unitVolumeM3());
        return GoodsTypeView.of(goodsTypes.saveAndFlush(stored));
    }

    public void delete(String code) {
        goodsTypes.delete(find(code));
        goodsTypes.flush(); // still requested or stocked: fails here as 409
    }

    private void requireUniqueName(GoodsTypeInput input) {
        long sameName = entities.createQuery("""
                SELECT COUNT(g) FROM GoodsType g WHERE LOWER(g.italianName) = LOWER(:name) AND g.code <> :code
                """, Long.class).setParameter("name", input.italianName().trim())
                .setParameter("code", input.code()).getSingleResult();
        if (sameName > 0) {
            throw ApiProblem.invalidField("italianName", "un'altra categoria si chiama già «"
                    + input.italianName().trim() + "»");
        }
    }

    /** The goods type a request body refers to, or 400 naming the field. */
    public GoodsType reference(String code, String field) {
        return goodsTypes.findById(code).orElseThrow(() -> ApiProblem.invalidField(field,
                "nessuna categoria di merce con codice " + code));
    }

    private GoodsType find(String code) {
        return goodsTypes.findById(code).orElseThrow(() -> notFound(code));
    }

    private static ApiProblem notFound(String code) {
        return ApiProblem.notFound("nessuna categoria di merce con codice " + code);
    }
}
