"""Users: the people and agents keys belong to (identity providers add more later)."""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, EmailStr, Field

from bastion.gateway.store import Store, users


class UserIn(BaseModel):
    """What an admin supplies to create or update a user."""

    id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._@:+-]+$")
    email: EmailStr | None = None
    name: str | None = Field(default=None, max_length=200)
    department: str | None = Field(default=None, max_length=200)
    groups: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)


class User(UserIn):
    disabled: bool = False
    created_at: float


class UserStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def get(self, user_id: str) -> User | None:
        async with self.store.connect() as conn:
            row = (await conn.execute(sa.select(users).where(users.c.id == user_id))).first()
        return User(**row._mapping) if row else None

    async def list(self) -> list[User]:
        async with self.store.connect() as conn:
            rows = (await conn.execute(sa.select(users).order_by(users.c.created_at))).all()
        return [User(**r._mapping) for r in rows]

    async def upsert(self, user: UserIn) -> User:
        """Create the user, or update its attributes if it exists."""
        values: dict[str, Any] = user.model_dump()
        async with self.store.begin() as conn:
            exists = (await conn.execute(sa.select(users.c.id).where(users.c.id == user.id))).first()
            if exists:
                await conn.execute(sa.update(users).where(users.c.id == user.id).values(**values))
            else:
                await conn.execute(sa.insert(users).values(**values, disabled=False, created_at=time.time()))
        got = await self.get(user.id)
        assert got is not None
        return got

    async def set_disabled(self, user_id: str, disabled: bool) -> bool:
        async with self.store.begin() as conn:
            res = await conn.execute(sa.update(users).where(users.c.id == user_id).values(disabled=disabled))
        return res.rowcount > 0
