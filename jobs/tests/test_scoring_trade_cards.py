"""Trade words read as what they are: an electrician's ECS card, a marketer's creative tools."""

from jobs.scoring import skills


def test_an_ecs_gold_card_is_an_electricians_card_not_aws() -> None:
    found = skills.find_skills("Holder of an ECS Gold Card and the 18th Edition")
    assert "AWS" not in found
    assert "ECS card" in found


def test_ecs_alone_is_still_amazons_container_service() -> None:
    assert "AWS" in skills.find_skills("Deployed the services on ECS behind a load balancer")


def test_creative_tools_are_the_design_software_a_marketer_uses() -> None:
    assert skills.find_skills("SEO, marketing automation and creative tools") >= {"Creative software"}
    assert "Creative software" in skills.find_skills("Banners and social posts in Photoshop and Canva")
    # A designer's software still shows design work, but names no occupation held by whoever uses it.
    assert "Graphic design" in skills.SKILLS["Creative software"].implies
    assert skills.kind_of("Creative software") != "job"
