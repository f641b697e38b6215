# A toy RSA implementation with big ints: key generation from a seeded
# RNG, Miller-Rabin, modular inverse, encryption of text blocks, signing,
# and CRT decryption.
import random


def is_prime(n, rng, rounds=20):
    if n < 4:
        return n in (2, 3)
    if n % 2 == 0:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(bits, rng):
    while True:
        candidate = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_prime(candidate, rng):
            return candidate


def make_keys(bits, seed):
    rng = random.Random(seed)
    e = 65537
    while True:
        p, q = gen_prime(bits // 2, rng), gen_prime(bits // 2, rng)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    d = pow(e, -1, phi)
    return {"n": p * q, "e": e}, {"n": p * q, "d": d, "p": p, "q": q}


def encrypt_text(text, pub):
    data = text.encode("utf-8")
    size = (pub["n"].bit_length() - 1) // 8
    blocks = []
    for i in range(0, len(data), size):
        m = int.from_bytes(data[i:i + size], "big")
        blocks.append(pow(m, pub["e"], pub["n"]))
    return blocks, size, len(data)


def decrypt_text(blocks, priv, size, length):
    out = bytearray()
    for k, c in enumerate(blocks):
        m = pow(c, priv["d"], priv["n"])
        n = min(size, length - k * size)
        out += m.to_bytes(n, "big")
    return out.decode("utf-8")


def crt_decrypt(c, priv):
    p, q, d = priv["p"], priv["q"], priv["d"]
    m1 = pow(c, d % (p - 1), p)
    m2 = pow(c, d % (q - 1), q)
    h = pow(q, -1, p) * (m1 - m2) % p
    return m2 + h * q


def sign(message, priv):
    h = 0
    for b in message.encode():
        h = (h * 131 + b) % priv["n"]
    return pow(h, priv["d"], priv["n"]), h


def verify(message, sig, pub):
    h = 0
    for b in message.encode():
        h = (h * 131 + b) % pub["n"]
    return pow(sig, pub["e"], pub["n"]) == h


pub, priv = make_keys(256, seed=1234)
print("n bits:", pub["n"].bit_length(), "e:", pub["e"])
print("n =", pub["n"])
print("p*q == n:", priv["p"] * priv["q"] == pub["n"], "e*d mod phi:",
      pub["e"] * priv["d"] % ((priv["p"] - 1) * (priv["q"] - 1)))
message = "Attack at dawn! Ünïcode too: ☃ — ok."
blocks, size, length = encrypt_text(message, pub)
print(len(blocks), "blocks of", size, "bytes; first:", hex(blocks[0])[:20] + "...")
back = decrypt_text(blocks, priv, size, length)
print(back == message, back)
c = blocks[0]
print("crt matches:", crt_decrypt(c, priv) == pow(c, priv["d"], priv["n"]))
sig, h = sign("pay bob 10", priv)
print("verify good:", verify("pay bob 10", sig, pub), "verify forged:", verify("pay bob 1000", sig, pub))
m = 42
c1, c2 = pow(m, pub["e"], pub["n"]), pow(2, pub["e"], pub["n"])
print("homomorphic:", pow(c1 * c2 % pub["n"], priv["d"], priv["n"]) == 84)
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
rng = random.Random(5)
print([p for p in range(2, 60) if is_prime(p, rng)])
print(gen_prime(64, random.Random(0)), gen_prime(64, random.Random(0)) == gen_prime(64, random.Random(0)))
