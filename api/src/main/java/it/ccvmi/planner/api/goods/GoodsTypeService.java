package it.ccvmi.planner.api.goods;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.goods.GoodsTypeRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goods catalogue. GoodsType is reference data without setters in the data module, so creation and
 * changes are written as JPQL statements; the code is the key and never changes.
 */
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
            throw ApiProblem.conflict("goods type " + input.code() + " already exists");
        }
        requireUniqueName(input);
        write(input, """
                INSERT INTO GoodsType (code, italianName, family, temperatureClass, unit, unitWeightKg, unitVolumeM3)
                VALUES (:code, :italianName, :family, :temperatureClass, :unit, :unitWeightKg, :unitVolumeM3)
                """);
        return get(input.code());
    }

    public GoodsTypeView update(String code, GoodsTypeInput input) {
        if (!code.equals(input.code())) {
            throw ApiProblem.invalidField("code", "must be " + code + ": a goods type's code never changes");
        }
        if (!goodsTypes.existsById(code)) {
            throw notFound(code);
        }
        requireUniqueName(input);
        write(input, """
                UPDATE GoodsType SET italianName = :italianName, family = :family,
                    temperatureClass = :temperatureClass, unit = :unit, unitWeightKg = :unitWeightKg,
                    unitVolumeM3 = :unitVolumeM3
                WHERE code = :code
                """);
        return get(code);
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
            throw ApiProblem.invalidField("italianName", "another goods type is already called '"
                    + input.italianName().trim() + "'");
        }
    }

    private void write(GoodsTypeInput input, String statement) {
        Query query = entities.createQuery(statement)
                .setParameter("code", input.code())
                .setParameter("italianName", input.italianName().trim())
                .setParameter("family", input.family())
                .setParameter("temperatureClass", input.temperatureClass())
                .setParameter("unit", input.unit())
                .setParameter("unitWeightKg", input.unitWeightKg())
                .setParameter("unitVolumeM3", input.unitVolumeM3());
        query.executeUpdate();
    }

    /** The goods type a request body refers to, or 400 naming the field. */
    public GoodsType reference(String code, String field) {
        return goodsTypes.findById(code).orElseThrow(() -> ApiProblem.invalidField(field,
                "no goods type with code " + code));
    }

    private GoodsType find(String code) {
        return goodsTypes.findById(code).orElseThrow(() -> notFound(code));
    }

    private static ApiProblem notFound(String code) {
        return ApiProblem.notFound("no goods type with code " + code);
    }
}
